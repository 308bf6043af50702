/* racy: sender posts before writing ch->val, so the receiver's read after sem_wait is not ordered after the write */
#include <pthread.h>
#include <semaphore.h>
struct chan { sem_t ready; int val; };
int got;
void *sender(void *p) { struct chan *ch = p; sem_post(&ch->ready); ch->val = 42; return NULL; }
void *receiver(void *p) { struct chan *ch = p; sem_wait(&ch->ready); got = ch->val; return NULL; }
int main(void) {
  static struct chan ch;
  sem_init(&ch.ready, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, sender, &ch);
  pthread_create(&b, NULL, receiver, &ch);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return got;
}
