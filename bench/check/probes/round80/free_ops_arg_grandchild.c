/* TRUTH: free — child starts worker via ops table passed as argument and joins it; main reads x after joining child */
#include <pthread.h>
struct ops { void *(*run)(void*); };
int x;
void *w(void *p){ x = 1; return 0; }
void *child(void *p){ struct ops *o = p; pthread_t t; pthread_create(&t,0,o->run,0); pthread_join(t,0); return 0; }
int main(void){ static struct ops O = { w }; pthread_t t; pthread_create(&t,0,child,&O); pthread_join(t,0); return x; }
