/* TRUTH: racy — w is created with a DETACHED attr, so pthread_join fails (EINVAL) without waiting; main x = 2 races with w x = 1 */
#include <pthread.h>
static int x;
void *w(void *a){ x = 1; return 0; }
int main(){ pthread_t t; pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
 pthread_create(&t, &at, w, 0); pthread_join(t, 0); x = 2; return 0; }
