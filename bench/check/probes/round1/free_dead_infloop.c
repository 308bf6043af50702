/* TRUTH: free. The worker loops forever (sleeping) before its write, which is
   therefore never executed. main's write races with nothing. */
#include <pthread.h>
#include <unistd.h>
int g;
void *worker(void *arg) {
  while (1) sleep(1);
  g = 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  return 0;
}
