/* TRUTH: free — lock-step (not hand-over-hand) traversal: every next field is read/written only while holding the owning node's mutex; cur->key is immutable after init and published via prev->next under a lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int key; struct node *next; pthread_mutex_t m; };
struct node sentinel = { -1, 0, PTHREAD_MUTEX_INITIALIZER };
static void insert(int k) {
  struct node *n = malloc(sizeof *n); n->key = k; pthread_mutex_init(&n->m, 0);
  struct node *prev = &sentinel;
  pthread_mutex_lock(&prev->m);
  struct node *cur = prev->next;
  while (cur) {
    if (cur->key >= k) break;
    pthread_mutex_unlock(&prev->m);
    prev = cur;
    pthread_mutex_lock(&prev->m);
    cur = prev->next;
  }
  n->next = cur; prev->next = n;
  pthread_mutex_unlock(&prev->m);
}
static void *worker(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 100; i++) insert(i * 4 + id);
  return 0;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  int c = 0; for (struct node *p = sentinel.next; p; ) { struct node *q = p->next; pthread_mutex_destroy(&p->m); free(p); p = q; c++; }
  printf("%d\n", c);
  return 0;
}
