/* TRUTH: free — attr explicitly JOINABLE, join waits; x = 2 after join */
#include <pthread.h>
static int x;
void *w(void *a){ x = 1; return 0; }
int main(){ pthread_t t; pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_JOINABLE);
 pthread_create(&t, &at, w, 0); pthread_join(t, 0); x = 2; return 0; }
