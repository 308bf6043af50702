/* TRUTH: racy — main starts f once before the loop without joining, it overlaps the loop instances */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(500); x++; return 0; }
int main(void){ pthread_t t0, t; pthread_create(&t0,0,f,0);
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} pthread_join(t0,0); return 0; }
