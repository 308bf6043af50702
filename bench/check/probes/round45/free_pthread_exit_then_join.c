/* TRUTH: free — worker writes status and calls pthread_exit in a helper; main reads status only after join */
#include <pthread.h>
int status;
static void finish(int s){ status = s; pthread_exit(0); }
void *w(void *x){ finish(3); status = 99; return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_join(t,0);
  status += 1;
  return status;
}
