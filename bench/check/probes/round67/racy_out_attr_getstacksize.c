/* TRUTH: racy — pthread_attr_getstacksize writes global sz from two threads */
#include <pthread.h>
#include <stddef.h>
size_t sz; pthread_attr_t at;
void *f(void *a){ pthread_attr_getstacksize(&at, &sz); return 0; }
int main(void){ pthread_t a,b; pthread_attr_init(&at); pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return (int)sz; }
