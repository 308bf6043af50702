/* TRUTH: racy — main returns mid-pass before join; atexit handler writes x while thread f still writes x */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
int x;
void bye(void){ x = 42; }
void *f(void *a){ for(int k=0;k<100000;k++) x++; return 0; }
int main(void){ pthread_t t; atexit(bye); for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); if (i==3) return 0; pthread_join(t,0);} return 0; }
