/* TRUTH: free. Work queue as a linked list built by main before starting workers; pop()
   under a mutex; each popped node is then only touched by the popping thread. */
#include <pthread.h>
#include <stdlib.h>
struct job { struct job *next; int in, out; };
struct job *head;
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static struct job *pop(void) {
  pthread_mutex_lock(&qm); struct job *j = head; if (j) head = j->next; pthread_mutex_unlock(&qm);
  return j;
}
void *worker(void *arg) { struct job *j; while ((j = pop()) != NULL) j->out = j->in + 1; return NULL; }
int main(void) {
  for (int i = 0; i < 8; i++) { struct job *j = malloc(sizeof *j); if (!j) return 1; j->in = i; j->out = 0; j->next = head; head = j; }
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
