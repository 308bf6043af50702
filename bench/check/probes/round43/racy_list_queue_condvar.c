/* TRUTH: racy — enqueue increments count after unlocking qm, so the two producers' count++ race with each other (and with the consumer's count reads/decrements under qm) */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head, *tail;
static int count;
static int done;
static int consumed;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void enqueue(int v) {
  struct node *n = malloc(sizeof *n);
  if (!n) abort();
  n->val = v;
  n->next = NULL;
  pthread_mutex_lock(&qm);
  if (tail) tail->next = n; else head = n;
  tail = n;
  pthread_mutex_unlock(&qm);
  count++;
  pthread_mutex_lock(&qm);
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&qm);
}

static struct node *dequeue(void) {
  struct node *n;
  pthread_mutex_lock(&qm);
  while (count == 0 && !done) pthread_cond_wait(&cv, &qm);
  n = head;
  if (n) {
    head = n->next;
    if (!head) tail = NULL;
    count--;
  }
  pthread_mutex_unlock(&qm);
  return n;
}

void *producer(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 5; i++) enqueue(base + i);
  return NULL;
}

void *consumer(void *arg) {
  int local = 0;
  struct node *n;
  while ((n = dequeue()) != NULL) {
    local += n->val;
    free(n);
  }
  pthread_mutex_lock(&qm);
  consumed += local;
  pthread_mutex_unlock(&qm);
  return NULL;
}

int main(void) {
  pthread_t p[2], c;
  pthread_create(&c, NULL, consumer, NULL);
  for (long i = 0; i < 2; i++) pthread_create(&p[i], NULL, producer, (void *)(i * 100));
  for (int i = 0; i < 2; i++) pthread_join(p[i], NULL);
  pthread_mutex_lock(&qm);
  done = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&qm);
  pthread_join(c, NULL);
  return consumed;
}
