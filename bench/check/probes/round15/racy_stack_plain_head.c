/* Racy: the stack head is a plain pointer read and written by several pusher threads with no lock or atomics. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
struct node { int val; struct node *next; };
struct node *head;
void *pusher(void *arg) {
  int base = (int)(intptr_t)arg;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return NULL;
    n->val = base * 10 + i;
    n->next = head;
    head = n;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, pusher, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (struct node *p = head; p; ) { struct node *q = p->next; s += p->val; free(p); p = q; }
  printf("%d\n", s);
  return 0;
}
