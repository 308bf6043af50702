/* TRUTH: racy — volatile gives no atomicity: t1's write flag=1 (line 5) races with t2's spinning reads of flag (line 6); data is ordered by nothing either (lines 5,6). */
#include <pthread.h>
volatile int flag; int data; int r;
void *t1(void *a) {
  data = 1; flag = 1; return 0; }
void *t2(void *a) { while (!flag) ; r = data; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }
