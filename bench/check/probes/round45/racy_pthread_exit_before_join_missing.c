/* TRUTH: racy — worker writes status then pthread_exit's; main detaches and writes status without waiting */
#include <pthread.h>
int status;
static void finish(int s){ status = s; pthread_exit(0); }
void *w(void *x){ finish(3); return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_detach(t);
  status = 4;
  pthread_exit(0);
}
