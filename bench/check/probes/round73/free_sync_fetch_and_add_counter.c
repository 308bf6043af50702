/* TRUTH: free — both threads use __sync_fetch_and_add; main reads after join */ #include <pthread.h>
int c;
void *w1(void *x){ for (int i=0;i<1000;i++) __sync_fetch_and_add(&c, 1); return 0; }
void *w2(void *x){ for (int i=0;i<1000;i++) __sync_fetch_and_add(&c, 1); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
