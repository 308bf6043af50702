/* TRUTH: free. main builds the list before creating threads; both threads only read it;
   main frees nothing until after joins. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static long sums[2];
static void *walker(void *x) {
  long id = (long)x, s = 0;
  for (struct node *n = head; n; n = n->next) s += n->val;
  sums[id] = s;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    if (!n) return 1;
    n->val = i; n->next = head; head = n;
  }
  pthread_create(&t1, NULL, walker, (void *)0);
  pthread_create(&t2, NULL, walker, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return (int)(sums[0] + sums[1]);
}
