/* TRUTH: free — node is fully built before being pushed under lock; consumer pops under the same lock and owns it */
#include <pthread.h>
#include <stdlib.h>
struct Node { int val; struct Node *next; };
static struct Node *head;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *producer(void *x){
  for (int i = 0; i < 4; i++) {
    struct Node *n = malloc(sizeof *n);
    n->val = i;
    pthread_mutex_lock(&m); n->next = head; head = n; pthread_mutex_unlock(&m);
  }
  return 0;
}
void *consumer(void *x){
  int sum = 0, got = 0;
  while (got < 4) {
    pthread_mutex_lock(&m);
    struct Node *n = head; if (n) head = n->next;
    pthread_mutex_unlock(&m);
    if (n) { sum += n->val; n->val = -1; free(n); got++; }
  }
  return (void*)(long)sum;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,producer,0); pthread_create(&b,0,consumer,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
