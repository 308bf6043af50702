/* TRUTH: racy — helper set_handle(&t, d[i]) overwrites t before the join; f instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
void *dummy(void *a){ return 0; }
static void set_handle(pthread_t *h, pthread_t v){ *h = v; }
int main(void){ pthread_t t, d[4];
  for (int i=0;i<4;i++) pthread_create(&d[i],0,dummy,0);
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); set_handle(&t, d[i]); pthread_join(t,0);} sleep(1); return 0; }
