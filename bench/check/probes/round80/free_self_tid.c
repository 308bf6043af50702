/* TRUTH: free — thread uses pthread_self(), main only touches th and reads out after join */
#include <pthread.h>
pthread_t th; int out;
void *w(void *p){ out = pthread_equal(pthread_self(), pthread_self()); return 0; }
int main(void){ pthread_create(&th,0,w,0); pthread_join(th,0); return out; }
