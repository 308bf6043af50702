/* TRUTH: racy — worker publishes &its __thread slot in a global; main writes through it while worker writes slot */
#include <pthread.h>
#include <semaphore.h>
__thread int slot;
int *volatile shared_slot;
sem_t ready, done;
void *w(void *x){
  shared_slot = &slot;
  sem_post(&ready);
  slot = 10;
  sem_wait(&done);
  return 0;
}
int main(void){
  sem_init(&ready,0,0); sem_init(&done,0,0);
  pthread_t t;
  pthread_create(&t,0,w,0);
  sem_wait(&ready);
  *shared_slot = 20;
  sem_post(&done);
  pthread_join(t,0);
  return 0;
}
