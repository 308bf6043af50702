/* TRUTH: racy. Worker peeks at head without the lock before popping. */
#include <pthread.h>
#include <stdlib.h>
struct job { struct job *next; int in, out; };
struct job *head;
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  while (head != NULL) {
    pthread_mutex_lock(&qm); struct job *j = head; if (j) head = j->next; pthread_mutex_unlock(&qm);
    if (j) j->out = j->in + 1;
  }
  return NULL;
}
int main(void) {
  for (int i = 0; i < 8; i++) { struct job *j = malloc(sizeof *j); if (!j) return 1; j->in = i; j->out = 0; j->next = head; head = j; }
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
