/* TRUTH: racy — insert searches for the position before taking the lock (reads of *pp/next race with other inserts' link writes) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int key; struct node *next; };
struct node *head;
pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static void insert(int k) {
  struct node *n = malloc(sizeof *n); n->key = k;
  struct node **pp = &head;
  while (*pp && (*pp)->key < k) pp = &(*pp)->next;
  pthread_mutex_lock(&lk);
  n->next = *pp; *pp = n;
  pthread_mutex_unlock(&lk);
}
static int contains(int k) {
  pthread_mutex_lock(&lk);
  struct node *p = head;
  while (p && p->key < k) p = p->next;
  int r = p && p->key == k;
  pthread_mutex_unlock(&lk);
  return r;
}
static void *worker(void *arg) {
  int id = (int)(long)arg, f = 0;
  for (int i = 0; i < 100; i++) { insert(i * 4 + id); f += contains(i * 4 + (id + 1) % 4); }
  return (void *)(long)f;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  int c = 0; for (struct node *p = head; p; ) { struct node *q = p->next; free(p); p = q; c++; }
  printf("%d\n", c);
  return 0;
}
