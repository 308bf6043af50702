/* TRUTH: racy — sender posts the semaphore before writing msg; main reads msg after sem_wait, unordered with the write after the post */
#include <pthread.h>
#include <semaphore.h>
static sem_t done;
static int msg;
static void *sender(void *a) { (void)a; sem_post(&done); msg = 7; return 0; }
int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, sender, 0);
  sem_wait(&done);
  int got = msg;
  pthread_join(t, 0);
  return got;
}
