// free: the arg struct is copied into the thread before main signals via a semaphore that it may reuse it.
#include <pthread.h>
#include <semaphore.h>
#define N 3
struct targ { int id; };
sem_t copied;
void *w(void *p) {
  struct targ mine = *(struct targ *)p;
  sem_post(&copied);
  return (void *)(long)(mine.id * 2);
}
int main(void) {
  pthread_t th[N];
  struct targ arg;
  sem_init(&copied, 0, 0);
  for (int i = 0; i < N; i++) {
    arg.id = i;
    pthread_create(&th[i], 0, w, &arg);
    sem_wait(&copied);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return 0;
}
