/* TRUTH: free — list head and node links are modified only under list_lock; main traverses after joins */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_54_locked_list.c", 6, "reach_error"); }
struct node { int key; struct node *next; };
struct node *head;
pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

void *inserter(void *arg) {
  int base = (int)(intptr_t)arg;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->key = base + i;
    pthread_mutex_lock(&list_lock);
    n->next = head;
    head = n;
    pthread_mutex_unlock(&list_lock);
  }
  return NULL;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, inserter, (void *)(intptr_t)0);
  pthread_create(&t2, NULL, inserter, (void *)(intptr_t)10);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  int cnt = 0;
  for (struct node *p = head; p; p = p->next) cnt++;
  if (cnt > 6) reach_error();
  while (head) { struct node *n = head; head = head->next; free(n); }
  return 0;
}
