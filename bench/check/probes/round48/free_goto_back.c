/* TRUTH: free — the x++ branch is taken only on the second pass, after sem_wait took main's post made after main's write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  int done = 0;
again:
  if (done) { x++; return 0; }
  sem_wait(&s);
  done = 1;
  goto again;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 4;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
