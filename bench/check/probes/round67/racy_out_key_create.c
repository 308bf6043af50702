/* TRUTH: racy — two threads pthread_key_create into the same global key */
#include <pthread.h>
pthread_key_t key;
void *f(void *a){ pthread_key_create(&key, 0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return 0; }
