/* TRUTH: free — t1 writes only cur.x (line 5), t2 writes only cur.y (line 6): distinct non-bit-field members. */
#include <pthread.h>
struct pt { int x, y; };
struct pt cur;
void *t1(void *a) { cur.x = 1; return 0; }
void *t2(void *a) { cur.y = 7; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return cur.x + cur.y; }
