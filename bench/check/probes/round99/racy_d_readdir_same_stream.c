/* TRUTH: racy — entry from readdir(d) is read while another thread calls readdir on the same DIR stream */
#include <pthread.h>
#include <dirent.h>
#include <string.h>
static DIR *dir;
static void *other(void *a) {
  (void)a;
  while (readdir(dir))
    ;
  return 0;
}
int main(void) {
  pthread_t t;
  dir = opendir(".");
  if (!dir) return 1;
  struct dirent *e = readdir(dir);
  pthread_create(&t, 0, other, 0);
  size_t n = e ? strlen(e->d_name) : 0;
  pthread_join(t, 0);
  closedir(dir);
  return (int)(n & 1);
}
