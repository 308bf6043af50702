/* Race-free: insertions into the sorted shared linked list and the final walk are all done under the list mutex or after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct node *list;
pthread_mutex_t lm = PTHREAD_MUTEX_INITIALIZER;
static void insert(int v) {
  struct node *n = malloc(sizeof *n);
  if (!n) return;
  n->v = v;
  pthread_mutex_lock(&lm);
  struct node **pp = &list;
  while (*pp && (*pp)->v < v) pp = &(*pp)->next;
  n->next = *pp;
  *pp = n;
  pthread_mutex_unlock(&lm);
}
void *ins(void *arg) {
  int base = (int)(intptr_t)arg;
  for (int i = 0; i < 3; i++) insert(base + i * 2);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, ins, (void *)(intptr_t)0);
  pthread_create(&b, NULL, ins, (void *)(intptr_t)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  for (struct node *p = list; p; p = p->next) printf("%d ", p->v);
  printf("\n");
  return 0;
}
