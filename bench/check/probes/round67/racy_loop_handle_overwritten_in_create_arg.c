/* TRUTH: racy — a second pthread_create (of dummy) writes t via alias p between f's create and the join; join waits for dummy; f instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
void *dummy(void *a){ return 0; }
int main(void){ pthread_t t; pthread_t *p = &t;
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_create(p,0,dummy,0); pthread_join(t,0);} sleep(1); return 0; }
