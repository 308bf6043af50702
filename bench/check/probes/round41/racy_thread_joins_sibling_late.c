/* TRUTH: racy — t2 writes x (line 5) BEFORE joining t1, so it races with t1's write (line 4). */
#include <pthread.h>
int x; pthread_t th1;
void *t1(void *a) { x = 1; return 0; }
void *t2(void *a) { x = 2; pthread_join(th1, 0); return 0; }
int main(void) { pthread_t th2; pthread_create(&th1, 0, t1, 0); pthread_create(&th2, 0, t2, 0); pthread_join(th2, 0); return x; }
