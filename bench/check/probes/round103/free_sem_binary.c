/* TRUTH: free — semaphore initialised to 1 is used as a mutex around every access to 'slots' */
#include <pthread.h>
#include <semaphore.h>

sem_t s;
int slots;

void *user(void *arg) {
  sem_wait(&s);
  slots = slots + 1;
  sem_post(&s);
  return 0;
}

int main(void) {
  pthread_t a, b;
  sem_init(&s, 0, 1);
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return slots;
}
