/* TRUTH: racy — global handle t is written by main (create) and read/written by the worker; worker overwrites t so join targets self-handle */
#include <pthread.h>
#include <unistd.h>
pthread_t t;
int x;
void *f(void *a){ t = pthread_self(); usleep(1000); x++; return 0; }
int main(void){ for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_join(t,0);} sleep(1); return 0; }
