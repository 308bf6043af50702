/* TRUTH: free — binary semaphore (initial 1) used as a lock around pool_used; post/wait order the critical sections */
#include <pthread.h>
#include <semaphore.h>
static sem_t gate;
static int pool_used;
static void *take(void *p) { (void)p; sem_wait(&gate); pool_used++; sem_post(&gate); return 0; }
int main(void) {
  pthread_t a, b;
  sem_init(&gate, 0, 1);
  pthread_create(&a, 0, take, 0); pthread_create(&b, 0, take, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return pool_used;
}
