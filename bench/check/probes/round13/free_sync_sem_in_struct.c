/* race-free: channel struct holds a semaphore; sender writes ch->val then sem_post(&ch->ready), receiver sem_waits before reading */
#include <pthread.h>
#include <semaphore.h>
#include <assert.h>
struct chan { sem_t ready; int val; };
void *sender(void *p) { struct chan *ch = p; ch->val = 42; sem_post(&ch->ready); return NULL; }
void *receiver(void *p) { struct chan *ch = p; sem_wait(&ch->ready); assert(ch->val == 42); return NULL; }
int main(void) {
  static struct chan ch;
  sem_init(&ch.ready, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, sender, &ch);
  pthread_create(&b, NULL, receiver, &ch);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
