/* TRUTH: racy — both threads tss_set the SAME global object, so (*q)++ (line 5) races across threads */
#include <threads.h>
tss_t key; int shared;
int w(void *a){ tss_set(key, &shared);
  for (int i=0;i<10;i++) { int *q = tss_get(key); (*q)++; } return 0; }
int main(void){ thrd_t t1,t2; tss_create(&key, 0); thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return shared; }
