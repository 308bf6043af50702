/* TRUTH: racy — producer publishes node under lock, then writes node->val after unlock; consumer reads node->val under lock */
#include <pthread.h>
#include <stdlib.h>
struct Node { int val; struct Node *next; };
struct Node *head;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *producer(void *x){
  struct Node *n = malloc(sizeof *n);
  n->val = 0;
  pthread_mutex_lock(&m); n->next = head; head = n; pthread_mutex_unlock(&m);
  n->val = 42;
  return 0;
}
void *consumer(void *x){
  int v = 0;
  pthread_mutex_lock(&m); if (head) v = head->val; pthread_mutex_unlock(&m);
  return (void*)(long)v;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,producer,0); pthread_create(&b,0,consumer,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
