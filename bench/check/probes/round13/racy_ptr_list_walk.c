/* racy: each thread receives a node and walks the rest of the list, updating all later payloads too */
#include <pthread.h>
#include <stdlib.h>
struct node { int payload; struct node *next; };
void *w(void *p) { for (struct node *n = p; n; n = n->next) n->payload *= 10; return NULL; }
int main(void) {
  struct node *head = NULL;
  for (int i = 0; i < 4; i++) { struct node *n = malloc(sizeof *n); if (!n) return 1; n->payload = i; n->next = head; head = n; }
  pthread_t t[4];
  int k = 0;
  for (struct node *n = head; n; n = n->next) pthread_create(&t[k++], NULL, w, n);
  for (int i = 0; i < k; i++) pthread_join(t[i], NULL);
  return head->payload;
}
