/* TRUTH: free — a binary semaphore initialized to 1 is used as a mutex around every access to level */
#include <pthread.h>
#include <semaphore.h>
extern void abort(void);
void reach_error(void) { abort(); }

sem_t s;
int level;

void *fill(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    sem_wait(&s);
    level += 3;
    sem_post(&s);
  }
  return 0;
}

void *drain(void *arg) {
  sem_wait(&s);
  if (level >= 1) level -= 1;
  sem_post(&s);
  return 0;
}

int main(void) {
  pthread_t a, b;
  sem_init(&s, 0, 1);
  pthread_create(&a, 0, fill, 0);
  pthread_create(&b, 0, drain, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (level < 5) reach_error();
  return 0;
}
