/* TRUTH: racy — in each pass the handle t is overwritten through alias p with a dummy thread's handle, so the join waits for the dummy, not for f; f instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
void *dummy(void *a){ return 0; }
int main(void){ pthread_t t, d[4]; pthread_t *p = &t;
  for (int i=0;i<4;i++) pthread_create(&d[i],0,dummy,0);
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); *p = d[i]; pthread_join(t,0);} sleep(1); return 0; }
