/* TRUTH: free — producer writes msg then sem_post; consumer reads msg only after sem_wait (semaphore initialized to 0) */
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
extern void abort(void);
void reach_error(void) { abort(); }

sem_t avail;
char msg[16];

void *prod(void *a) {
  strcpy(msg, "hello");
  sem_post(&avail);
  return 0;
}

void *cons(void *a) {
  sem_wait(&avail);
  if (msg[0] != 'h') reach_error();
  return 0;
}

int main(void) {
  pthread_t p, c;
  sem_init(&avail, 0, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_create(&p, 0, prod, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
