/* TRUTH: free — t1 writes grid[0][1] (line 4), t2 writes grid[1][0] (line 5): different elements of the 2-D array. */
#include <pthread.h>
int grid[2][2];
void *t1(void *a) { grid[0][1] = 1; return 0; }
void *t2(void *a) { grid[1][0] = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return grid[0][1] + grid[1][0]; }
