/* TRUTH: racy — thread detached; main writes g (line 9) concurrently with worker's g++ (line 4) */
#include <threads.h>
int g;
int w(void *a){ g++; return 0; }
int main(void){
  thrd_t t;
  thrd_create(&t, w, 0);
  thrd_detach(t);
  g = 5;
  thrd_sleep(&(struct timespec){.tv_sec=0,.tv_nsec=10000000}, 0);
  return 0; }
