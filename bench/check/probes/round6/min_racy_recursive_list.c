/* TRUTH: racy. touch() recurses from n1 to n2 and writes n2.v in the worker; main writes n2.v. */
#include <pthread.h>
struct node { struct node *next; int v; };
struct node n2, n1 = { &n2, 0 };
static void touch(struct node *n) { if (n->next) touch(n->next); else n->v = 1; }
void *w(void *a) { (void)a; touch(&n1); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); n2.v = 2; pthread_join(t, 0); return 0; }
