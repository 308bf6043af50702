/* TRUTH: free — x++ runs only in iteration 1, after iteration 0's sem_wait took main's post, which main issued after its write; main touches x again only after join */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  for (int i = 0; i < 2; i++) {
    if (i == 1) x++;
    if (i == 0) sem_wait(&s);
  }
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 5;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
