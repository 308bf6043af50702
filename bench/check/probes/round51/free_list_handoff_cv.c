/* TRUTH: free — producer builds a private list and hands it over via a pointer set under m + condvar; consumer uses the list only after receiving it and producer never touches it again */
#include <pthread.h>
#include <stdlib.h>
struct n { int v; struct n *next; };
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
struct n *mailbox;
int delivered;

void *producer(void *arg)
{
  struct n *list = NULL;
  for (int i = 0; i < 4; i++) {
    struct n *e = malloc(sizeof *e);
    if (!e)
      break;
    e->v = i;
    e->next = list;
    list = e;
  }
  pthread_mutex_lock(&m);
  mailbox = list;
  delivered = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

void *consumer(void *arg)
{
  struct n *list;
  pthread_mutex_lock(&m);
  while (!delivered)
    pthread_cond_wait(&cv, &m);
  list = mailbox;
  mailbox = NULL;
  pthread_mutex_unlock(&m);
  int s = 0;
  while (list) {
    struct n *nx = list->next;
    s += list->v;
    list->v = -1;
    free(list);
    list = nx;
  }
  return (void *)(long)s;
}

int main(void)
{
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
