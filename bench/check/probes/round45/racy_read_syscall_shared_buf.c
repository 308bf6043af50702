/* TRUTH: racy — both threads read() from their own fds into one global buffer, which read() writes */
#include <pthread.h>
#include <fcntl.h>
#include <unistd.h>
char *iobuf;
char storage[256];
void *w(void *x){ int fd = open((const char *)x, O_RDONLY); if (fd < 0) return 0; read(fd, iobuf, 128); close(fd); return 0; }
int main(void){
  iobuf = storage;
  pthread_t a, b;
  pthread_create(&a,0,w,"/etc/hostname"); pthread_create(&b,0,w,"/etc/os-release");
  pthread_join(a,0); pthread_join(b,0);
  return storage[0];
}
