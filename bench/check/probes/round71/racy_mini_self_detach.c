/* TRUTH: racy — w detaches itself; if that happens before main joins, the join fails and does not wait; x = 2 races with x = 1 */
#include <pthread.h>
static int x;
void *w(void *a){ pthread_detach(pthread_self()); x = 1; return 0; }
int main(){ pthread_t t; pthread_create(&t, 0, w, 0); pthread_join(t, 0); x = 2; return 0; }
