/* TRUTH: racy. n1.next->next is n3; worker writes n1.next->next->v, main writes n3.v. */
#include <pthread.h>
struct node { struct node *next; int v; };
struct node n3, n2 = { &n3, 0 }, n1 = { &n2, 0 };
void *w(void *a) { (void)a; n1.next->next->v = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); n3.v = 2; pthread_join(t, 0); return 0; }
