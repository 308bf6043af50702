/* TRUTH: racy. Recursion walks to the last node (n3) and writes it; main writes n3.v. */
#include <pthread.h>
struct node { struct node *next; int v; };
struct node n3, n2 = { &n3, 0 }, n1 = { &n2, 0 };
static void touch_last(struct node *n) { if (n->next) touch_last(n->next); else n->v++; }
void *w(void *a) { (void)a; touch_last(&n1); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); n3.v = 5; pthread_join(t, 0); return 0; }
