/* TRUTH: racy — main pthread_detach(t) then pthread_join(t): the join fails (EINVAL) and does not wait; x = 2 races with x = 1 */
#include <pthread.h>
static int x;
void *w(void *a){ x = 1; return 0; }
int main(){ pthread_t t; pthread_create(&t, 0, w, 0); pthread_detach(t); pthread_join(t, 0); x = 2; return 0; }
