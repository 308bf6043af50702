/* TRUTH: free — rec(3) bottoms out in sem_wait before returning, so x++ follows the wait that pairs with main's post after its write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void rec(int n) {
  if (n == 0) { sem_wait(&s); return; }
  rec(n - 1);
}
void *t(void *a) {
  rec(3);
  x++;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 1;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
